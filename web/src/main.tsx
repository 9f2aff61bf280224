import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startOutbox } from './lib/outbox';
import { registerServiceWorker } from './lib/service-worker-registration';
import { discardStalePrerendered } from './lib/prerendered';
import './styles/app.css';
import './styles/printable.css';

// Answers queued while offline are sent from whichever page the device opens next.
startOutbox();
registerServiceWorker();

discardStalePrerendered();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
