/**
 * Public API, stable: {@link dev.podwright.validation.render.Renderer}, the one call a host makes
 * to turn a composition into the pod spec it deploys: read the host's base manifest, emit the
 * composition over it, validate the result and point every finding into the declaration file.
 * {@link dev.podwright.validation.render.RenderRequest} says what to render, {@link
 * dev.podwright.validation.render.RenderResult} is the spec, its provenance and the report.
 */
package dev.podwright.validation.render;
