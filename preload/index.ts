// Sandboxed preload (being built in the foundation issue).
export {};
