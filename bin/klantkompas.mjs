#!/usr/bin/env node
// The `klantkompas` command: runs the TypeScript CLI through tsx (a dependency).
import { register } from 'tsx/esm/api';

register();
await import('../main/cli/index.ts');
