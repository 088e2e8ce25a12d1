import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { App } from './components/App';
import { preventFileDropNavigation } from './lib/drop-guard';
import { ClientContext } from './state/client-context';
import { NotificationsProvider } from './state/NotificationsProvider';
import './styles/base.css';
import './styles/layout.css';
import './styles/panels.css';
import './styles/timeline.css';
import './styles/dialogs.css';
import './styles/understanding.css';
import './styles/cameo-use.css';
import './styles/remix.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

preventFileDropNavigation();
const client = createClient();

createRoot(container).render(
  <StrictMode>
    <ClientContext.Provider value={client}>
      <NotificationsProvider>
        <App />
      </NotificationsProvider>
    </ClientContext.Provider>
  </StrictMode>,
);
