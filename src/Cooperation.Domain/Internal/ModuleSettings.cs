using System.Runtime.CompilerServices;

// Stack buffers in the parsers and look-ups are always written before they are read; skipping their
// zero-initialization keeps a 1 KB name-key buffer from costing more than the look-up itself.
[module: SkipLocalsInit]
