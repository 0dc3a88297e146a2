#!/usr/bin/env node
// The package's "bin": plain JavaScript so `npx puerto` needs no build step. tsx is registered
// first, then the TypeScript entry point is imported (dynamically, so it loads after register).
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
