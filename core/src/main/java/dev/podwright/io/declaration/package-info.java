/**
 * Public API, stable: the Podwright declaration format (DeclarationReader, Declaration) and the
 * seed platforms' formats (NumaflowPipelineReader, HkubeAlgorithmReader,
 * FelderaRuntimeConfigReader).
 */
package dev.podwright.io.declaration;
