/** Renderer entry: mounts the React app. */
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
