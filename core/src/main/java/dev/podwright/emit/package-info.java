/**
 * Public API, stable: turning a Composition into an official V1PodSpec (PodSpecEmitter,
 * EmitOptions, SidecarPlacement, MergeConflictException) and the extension point for hosts
 * (PodDraft, EmitStep). Converters and the merger are package-private internals.
 */
package dev.podwright.emit;
