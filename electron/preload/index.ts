/**
 * Runs sandboxed before the page: exposes exactly one object, `window.puerto`, and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../../shared/contract/api';
import { createPuertoApi } from './api';

contextBridge.exposeInMainWorld(API_GLOBAL, createPuertoApi(ipcRenderer));
