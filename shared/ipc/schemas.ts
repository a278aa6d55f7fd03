/**
 * The argument schema of every IPC channel of the contract, checked in main (ipcGuard.ts) before a
 * handler runs: a call whose arguments fail is rejected without reaching the handler, and the
 * handler gets the schema's parsed output. The `satisfies` below makes a channel without a
 * schema, or a schema whose output is not the method's arguments, a type error.
 *
 * Main only: the preload never imports this file (lint-enforced), so zod stays out of the
 * sandboxed preload bundle.
 */
import { LANGUAGE_SETTINGS } from '../messages/language'
import { documentPropertiesSchema } from '../model/documentProperties'
import { z } from 'zod'
import { annotatorSchema, articleVersionSchema, editedTextSchema, MAX_ARTICLE_VERSIONS } from '../sidecar'
import { outsideSourceSchema, tagSchema } from '../model/tag'
import { CHANNELS, type MethodArgs, type MethodName } from './contract'

/** Longest export file, in UTF-16 units: a 450-page report with 5,000 tags is well under it. */
const MAX_EXPORT_CHARS = 200_000_000

const handleSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)

type ArgSchemas = { readonly [K in MethodName as (typeof CHANNELS)[K]]: z.ZodType<MethodArgs<K>> }

/** Argument schemas, one tuple per channel, grouped by noun as the contract is. */
export const ARG_SCHEMAS = {
  // settings
  [CHANNELS.getStartup]: z.tuple([]),
  [CHANNELS.setAnnotatorName]: z.tuple([annotatorSchema.shape.name]),
  [CHANNELS.setOrganisation]: z.tuple([documentPropertiesSchema.pick({ organisation: true, organisationUrl: true }).strict()]),
  [CHANNELS.setLanguage]: z.tuple([z.enum(LANGUAGE_SETTINGS), handleSchema.nullable()]),
  // document
  [CHANNELS.openStartupDocument]: z.tuple([]),
  [CHANNELS.openDocumentDialog]: z.tuple([]),
  [CHANNELS.openRecent]: z.tuple([z.string().min(1).max(64)]),
  // The preload sends the path it resolved from a dropped File.
  [CHANNELS.openDroppedFile]: z.tuple([z.string().min(1).max(4096)]),
  [CHANNELS.openHandoff]: z.tuple([]),
  [CHANNELS.reloadDocument]: z.tuple([handleSchema]),
  [CHANNELS.checkDisk]: z.tuple([handleSchema]),
  // recovery
  [CHANNELS.discardRecovery]: z.tuple([handleSchema]),
  // tags
  [CHANNELS.loadSidecar]: z.tuple([handleSchema]),
  [CHANNELS.saveTags]: z.tuple([
    z.object({
      handle: handleSchema,
      tags: z.array(tagSchema).max(100_000),
      editedText: editedTextSchema.nullable(),
      textLength: z.number().int().nonnegative(),
      outsideSources: z.array(outsideSourceSchema).max(100_000),
      versions: z.array(articleVersionSchema).max(MAX_ARTICLE_VERSIONS),
      properties: documentPropertiesSchema,
      overwrite: z.boolean()
    })
  ]),
  // exchange
  [CHANNELS.saveExport]: z.tuple([
    z.object({
      handle: handleSchema,
      kindName: z.string().min(1).max(200),
      files: z
        .array(
          z.object({
            extension: z.string().regex(/^(\.[a-z0-9]{1,10}){1,2}$/),
            mediaType: z.string().min(1).max(200),
            content: z.string().max(MAX_EXPORT_CHARS)
          })
        )
        .min(1)
        .max(4)
    })
  ]),
  [CHANNELS.saveReportPdf]: z.tuple([handleSchema, z.string().min(1).max(MAX_EXPORT_CHARS)]),
  [CHANNELS.previewReport]: z.tuple([z.string().min(1).max(MAX_EXPORT_CHARS)]),
  [CHANNELS.chooseImportFile]: z.tuple([handleSchema]),
  // window
  [CHANNELS.openExternal]: z.tuple([z.string().min(1).max(4096)]),
  [CHANNELS.readyToClose]: z.tuple([])
} as const satisfies ArgSchemas
