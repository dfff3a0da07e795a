// Renderer entry: styles, then the app wired to the real API (preload or browser bridge).
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/about.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api/get-api';
import { App } from './app';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App api={getApi()} />
    </StrictMode>,
  );
}
