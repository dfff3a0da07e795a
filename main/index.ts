// Electron main process: lifecycle only. (Being built in the foundation issue.)
export {};
