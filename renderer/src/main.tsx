import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { NoticeProvider } from './components/Notices';
import { HomeScreen } from './home/HomeScreen';
import { LanguageProvider } from './i18n';
import { KioskScreen } from './kiosk/KioskScreen';
import { PrintReport } from './report/PrintReport';
import { SessionScreen } from './session/SessionScreen';
import './styles.css';

// Hash routes: the same URLs work from file:// (Electron) and from 127.0.0.1 (browser mode).
const router = createHashRouter([
  { path: '/', element: <HomeScreen /> },
  { path: '/session/:id', element: <SessionScreen /> },
  { path: '/session/:id/:tab', element: <SessionScreen /> },
  { path: '/kiosk/:id/:method', element: <KioskScreen /> },
  { path: '/print/:id', element: <PrintReport /> },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <NoticeProvider>
        <RouterProvider router={router} />
      </NoticeProvider>
    </LanguageProvider>
  </StrictMode>,
);
