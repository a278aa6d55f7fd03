/**
 * The argument schema of every IPC channel in ipc.ts, checked in main (ipcGuard.ts) before a
 * handler runs. A call whose arguments fail is rejected without reaching the handler.
 */
import { z } from 'zod'
import { CHANNELS } from './ipc'
import { annotatorSchema, editedTextSchema } from './sidecar'
import { tagSchema } from './model/tag'

const handleSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)

/** Argument schemas, one tuple per channel, checked in main before any handler runs. */
export const ARG_SCHEMAS = {
  [CHANNELS.getStartup]: z.tuple([]),
  [CHANNELS.setAnnotatorName]: z.tuple([annotatorSchema.shape.name]),
  [CHANNELS.openStartupDocument]: z.tuple([]),
  [CHANNELS.openDocumentDialog]: z.tuple([]),
  [CHANNELS.openRecent]: z.tuple([z.string().min(1).max(64)]),
  // The preload sends the path it resolved from a dropped File.
  [CHANNELS.openDroppedFile]: z.tuple([z.string().min(1).max(4096)]),
  [CHANNELS.openHandoff]: z.tuple([]),
  [CHANNELS.reloadDocument]: z.tuple([handleSchema]),
  [CHANNELS.checkDisk]: z.tuple([handleSchema]),
  [CHANNELS.discardRecovery]: z.tuple([handleSchema]),
  [CHANNELS.loadSidecar]: z.tuple([handleSchema]),
  [CHANNELS.saveTags]: z.tuple([
    z.object({
      handle: handleSchema,
      tags: z.array(tagSchema).max(100_000),
      editedText: editedTextSchema.nullable(),
      textLength: z.number().int().nonnegative(),
      overwrite: z.boolean()
    })
  ]),
  [CHANNELS.openExternal]: z.tuple([z.string().min(1).max(4096)]),
  [CHANNELS.readyToClose]: z.tuple([])
} as const
