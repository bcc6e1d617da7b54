import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { NoticeProvider } from './components/Notices';
import { HomeScreen } from './home/HomeScreen';
import { LanguageProvider } from './i18n';
import {
  ParticipantAddressWithoutMode,
  ParticipantModeGate,
  UnknownAddress,
} from './kiosk/ParticipantModeGate';
import { PrintReport } from './report/PrintReport';
import { SessionScreen } from './session/SessionScreen';
import './styles.css';
import { PRINT_ROUTE_PATH } from '../../shared/contracts/printRoute';
import { PROJECTOR_ROUTE_PATH } from '../../shared/live/projectorRoute';
import { ProjectorScreen } from './projector/ProjectorScreen';
import { AppShell } from './shell/AppShell';

// The app: its routes and its root, started by main.tsx once the shared models are loaded.

// Hash routes: the same URLs work from file:// (Electron) and from 127.0.0.1 (browser mode).
// Every route sits in the app shell (desktop menu, opened and dropped session files) and under
// the participant-mode gate: while this window is in participant mode it
// shows the participant page, whatever the address.
const router = createHashRouter([
  {
    element: <AppShell />,
    children: [
      {
        element: <ParticipantModeGate />,
        children: [
          { path: '/', element: <HomeScreen /> },
          { path: '/session/:id', element: <SessionScreen /> },
          { path: '/session/:id/:tab', element: <SessionScreen /> },
          { path: '/kiosk/:id/:method', element: <ParticipantAddressWithoutMode /> },
          { path: PRINT_ROUTE_PATH, element: <PrintReport /> },
          { path: PROJECTOR_ROUTE_PATH, element: <ProjectorScreen /> },
          { path: '*', element: <UnknownAddress /> },
        ],
      },
    ],
  },
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
