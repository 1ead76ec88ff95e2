#!/usr/bin/env node
// The compiled program lives in dist/ (built by `npm install` through the prepare script).
import { main } from '../dist/src/cli/index.js';

await main(process.argv);
