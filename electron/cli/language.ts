/**
 * The command line's first module: sets the catalogue's language from the environment (LC_ALL,
 * LC_MESSAGES, LANG: French when it names French, else English) before the command's modules
 * capture their words. main.ts imports it first. Only sentences for people change: `--json`
 * output, option and command names are the same in every language, and scripts that read the
 * summary can set LC_ALL=C to keep it English.
 */
import { languageFromEnvironment, setLanguage } from '../../shared/messages'

setLanguage(languageFromEnvironment(process.env))
