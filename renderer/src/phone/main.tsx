import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LanguageProvider } from '../i18n';
import { PhoneApp } from './PhoneApp';
import '../styles.css';
import './phone.css';

// The phone page (renderer/phone.html): its own small entry, served by the participant
// listener (main/live) to phones on the room's network. It imports none of the facilitator's
// app: no router, no session context, no API client with its token.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <PhoneApp />
    </LanguageProvider>
  </StrictMode>,
);
