// Electron main process: lifecycle only. Everything else lives in start-app.ts and below.
import { BrowserWindow, app, dialog, ipcMain, session, shell } from 'electron';
import { composeServices } from './services/compose-services';
import { startApp } from './start-app';

void startApp({
  electron: { app, BrowserWindow, dialog, ipcMain, session, shell },
  baseDir: __dirname,
  env: process.env,
  runtime: { resourcesPath: process.resourcesPath, versions: process.versions },
  composeServices,
});
