/**
 * The renderer's first module: sets the language of the message catalogue from the window's URL
 * (`index.html?lang=fr`, written by main from the language setting and the system's languages)
 * before any other module is evaluated, since many capture their labels when they are
 * (`KIND_LABELS = msg.model.kinds`, the command table). main.tsx imports it first; nothing else
 * may be imported before it. The page's `lang` attribute follows, for screen readers,
 * hyphenation and spelling. Switching language reloads the window with another URL.
 */
import { languageOfTag, setLanguage } from '../shared/messages'

const language = languageOfTag(new URLSearchParams(window.location.search).get('lang') ?? '') ?? 'en'
setLanguage(language)
document.documentElement.lang = language
