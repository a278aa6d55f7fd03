#!/usr/bin/env node
// The `factmark` command as package.json's "bin" names it. It runs the built bundle
// (out/cli/factmark.mjs), building it first when it is missing or older than its sources, so a
// checkout needs nothing but `npm ci` before `npx factmark …`. Plain Node: no electron.
import { pathToFileURL } from 'node:url'
import { BUNDLE, buildCli, isCliStale } from './buildCli.mjs'

if (await isCliStale()) await buildCli()
await import(pathToFileURL(BUNDLE).href)
