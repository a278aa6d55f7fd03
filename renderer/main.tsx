/** Renderer entry: sets the language (first, see language.ts), then mounts the React app. */
import './language'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('renderer: #root missing from index.html')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>
)
