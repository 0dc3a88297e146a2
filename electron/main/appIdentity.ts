/**
 * The application id the installers register (`appId` in build/electron-builder.config.ts).
 * Windows groups taskbar buttons and notifications by it, so the running app must use the same
 * id as its installer's shortcuts (a test keeps the two equal).
 */
export const APP_ID = 'org.puerto.lab';
