#!/usr/bin/env node
/**
 * The `sagelint` command (the bundle's entry): turns the compile cache on
 * before the CLI's modules load, so that they are the ones it keeps, then runs
 * the CLI. A static import of main.js would load it before this module's body.
 */
import { enableCompileCacheQuietly } from './compile-cache.js';

enableCompileCacheQuietly();
await import('./main.js');
