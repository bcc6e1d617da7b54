import { defineMessages } from '../i18n/define';

/**
 * The live workshop's pages: the phone page, the projector view and the facilitator's
 * "Deelnemers uitnodigen" panel. The phone shows one text per listener error code
 * (`live.phone.error.<code>`, see PHONE_ERROR_CODES in shared/live/protocol.ts).
 */
export const livePageMessages = defineMessages(
  {
    'live.phone.codeQuestion': 'Doe mee met de workshop',
    'live.phone.codeHint': 'Typ de code die op het scherm van de begeleider staat.',
    'live.phone.codeLabel': 'Code',
    'live.phone.join': 'Meedoen',
    'live.phone.joining': 'Even verbinden…',
    'live.phone.canChange':
      'Je kunt je antwoorden nog wijzigen zolang de begeleider de oefening open laat.',
    'live.phone.change': 'Mijn antwoorden wijzigen',
    'live.phone.wishStep': 'Wens {n} van {total}',
    'live.phone.closedTitle': 'De oefening is gesloten',
    'live.phone.closedText':
      'De begeleider heeft deze oefening gesloten: er kunnen geen antwoorden meer bij. Gaat ze weer open, dan zie je dat hier vanzelf.',
    'live.phone.closedAnswered': 'Je antwoorden zijn bewaard. Dank je wel!',
    'live.phone.error.wrongCode':
      'Deze code klopt niet. Kijk nog eens op het scherm van de begeleider en typ hem opnieuw.',
    'live.phone.error.closed':
      'De oefening is gesloten: je antwoord kon niet meer worden opgeslagen.',
    'live.phone.error.invalid': 'Je antwoord kon niet worden opgeslagen: er klopt iets niet in.',
    'live.phone.error.rateLimited': 'Even rustig aan: probeer het over een minuut opnieuw.',
    'live.phone.error.tooLarge': 'Je antwoord is te lang om op te slaan.',
    'live.phone.error.notFound':
      'Deze oefening bestaat niet meer. Vraag de begeleider om de nieuwe code.',
    'live.phone.error.failed':
      'De laptop van de begeleider kon je antwoord niet opslaan. Probeer het zo opnieuw en zeg het tegen de begeleider.',
    'live.phone.error.network':
      'Geen verbinding met de laptop van de begeleider. Zit je telefoon op hetzelfde wifi-netwerk?',
    'live.phone.retry': 'Opnieuw proberen',

    'live.counter.joined': '{count} verbonden',
    'live.counter.answered': '{count} geantwoord',

    'live.projector.title': 'Doe mee met je telefoon',
    'live.projector.scan': 'Scan de QR-code, of ga naar',
    'live.projector.code': 'Code',
    'live.projector.joinShort': 'Meedoen: {url} · code {code}',
    'live.projector.off': 'Deelnemers uitnodigen staat uit. Start het in Klantkompas.',
    'live.projector.closed': 'De oefening is gesloten.',
    'live.projector.waiting': 'De resultaten verschijnen hier zodra de begeleider ze toont.',
    'live.projector.noAnswers': 'Nog geen antwoorden.',

    'live.invite.button': 'Deelnemers uitnodigen',
    'live.invite.buttonRunning': 'Deelnemers uitnodigen (live)',
    'live.invite.title': 'Deelnemers uitnodigen',
    'live.invite.intro':
      'Deelnemers doen mee met hun telefoon, via het wifi-netwerk van de zaal of de hotspot van deze laptop. Internet is niet nodig; de antwoorden blijven op deze laptop.',
    'live.invite.port': 'Poort',
    'live.invite.portHint':
      'Standaard {port}. Is die poort bezet, dan kiest Klantkompas zelf een vrije.',
    'live.invite.start': 'Starten',
    'live.invite.stop': 'Stoppen',
    'live.invite.firewall.windows':
      'Let op: Windows vraagt bij de eerste start misschien of Klantkompas het netwerk mag gebruiken. Kies dan "Toegang toestaan" (privénetwerken), anders kunnen telefoons niet meedoen.',
    'live.invite.firewall.macos':
      'Let op: macOS vraagt bij de eerste start misschien of Klantkompas inkomende verbindingen mag accepteren. Kies dan "Sta toe", anders kunnen telefoons niet meedoen.',
    'live.invite.firewall.general':
      'Doe dit vóór de workshop: het besturingssysteem kan bij de eerste start om toestemming vragen.',
    'live.invite.addresses': 'Telefoons doen mee via dit adres of de QR-code:',
    'live.invite.code': 'Code',
    'live.invite.running': 'Actief op poort {port}',
    'live.invite.refresh': 'Adressen opnieuw zoeken',
    'live.invite.noNetwork':
      'Deze laptop heeft geen netwerkverbinding, dus telefoons kunnen hem niet bereiken. Verbind de laptop met het wifi-netwerk van de zaal, of zet een hotspot aan en laat de deelnemers daarmee verbinden. Zoek daarna de adressen opnieuw.',
    'live.invite.hotspot.windows':
      'Windows: Instellingen → Netwerk en internet → Mobiele hotspot → Aan. Naam en wachtwoord staan op dezelfde pagina.',
    'live.invite.hotspot.macos':
      'macOS: zet de persoonlijke hotspot van je telefoon aan en verbind de laptop én de deelnemers daarmee, of gebruik Systeeminstellingen → Algemeen → Delen → Internetdeling (via wifi).',
    'live.invite.hotspot.linux':
      'Linux: Instellingen → Wifi → ⋮ → Wifi-hotspot inschakelen, of in een terminal: nmcli device wifi hotspot ssid Workshop password KIES-EEN-WACHTWOORD',
    'live.invite.open': 'Open: telefoons kunnen antwoorden.',
    'live.invite.closed': 'Gesloten: telefoons kunnen niet antwoorden.',
    'live.invite.openButton': 'Oefening openen',
    'live.invite.closeButton': 'Oefening sluiten',
    'live.invite.projector': 'Projectorvenster openen',
    'live.invite.projectorByHand':
      'Er kon geen venster worden geopend. Open dit adres in een browservenster op het tweede scherm:',
    'live.invite.elsewhere':
      'Deelnemers zijn nu uitgenodigd voor een andere oefening. Starten hier stopt die.',
    'live.invite.stopped': 'Gestopt: telefoons kunnen niet meer meedoen.',
  },
  {
    'live.phone.codeQuestion': 'Join the workshop',
    'live.phone.codeHint': "Type the code shown on the facilitator's screen.",
    'live.phone.codeLabel': 'Code',
    'live.phone.join': 'Join',
    'live.phone.joining': 'Connecting…',
    'live.phone.canChange':
      'You can still change your answers while the facilitator keeps the exercise open.',
    'live.phone.change': 'Change my answers',
    'live.phone.wishStep': 'Wish {n} of {total}',
    'live.phone.closedTitle': 'The exercise is closed',
    'live.phone.closedText':
      'The facilitator has closed this exercise: no more answers can be added. If it opens again, you will see it here.',
    'live.phone.closedAnswered': 'Your answers have been saved. Thank you!',
    'live.phone.error.wrongCode':
      "This code is not right. Check the facilitator's screen and type it again.",
    'live.phone.error.closed': 'The exercise is closed: your answer was not saved.',
    'live.phone.error.invalid': 'Your answer could not be saved: something in it is not right.',
    'live.phone.error.rateLimited': 'Not so fast: please try again in a minute.',
    'live.phone.error.tooLarge': 'Your answer is too long to save.',
    'live.phone.error.notFound':
      'This exercise no longer exists. Ask the facilitator for the new code.',
    'live.phone.error.failed':
      "The facilitator's laptop could not save your answer. Try again in a moment and tell the facilitator.",
    'live.phone.error.network':
      "No connection to the facilitator's laptop. Is your phone on the same Wi-Fi network?",
    'live.phone.retry': 'Try again',

    'live.counter.joined': '{count} joined',
    'live.counter.answered': '{count} answered',

    'live.projector.title': 'Join with your phone',
    'live.projector.scan': 'Scan the QR code, or go to',
    'live.projector.code': 'Code',
    'live.projector.joinShort': 'Join: {url} · code {code}',
    'live.projector.off': 'Inviting participants is off. Start it in Klantkompas.',
    'live.projector.closed': 'The exercise is closed.',
    'live.projector.waiting': 'The results appear here when the facilitator shows them.',
    'live.projector.noAnswers': 'No answers yet.',

    'live.invite.button': 'Invite participants',
    'live.invite.buttonRunning': 'Invite participants (live)',
    'live.invite.title': 'Invite participants',
    'live.invite.intro':
      "Participants join with their phones, over the room's Wi-Fi or this laptop's hotspot. No internet is needed; the answers stay on this laptop.",
    'live.invite.port': 'Port',
    'live.invite.portHint': 'Default {port}. If that port is taken, Klantkompas picks a free one.',
    'live.invite.start': 'Start',
    'live.invite.stop': 'Stop',
    'live.invite.firewall.windows':
      'Note: on the first start Windows may ask whether Klantkompas may use the network. Choose "Allow access" (private networks), or phones cannot join.',
    'live.invite.firewall.macos':
      'Note: on the first start macOS may ask whether Klantkompas may accept incoming connections. Choose "Allow", or phones cannot join.',
    'live.invite.firewall.general':
      'Do this before the workshop: the operating system may ask for permission on the first start.',
    'live.invite.addresses': 'Phones join at this address or with the QR code:',
    'live.invite.code': 'Code',
    'live.invite.running': 'Running on port {port}',
    'live.invite.refresh': 'Look for addresses again',
    'live.invite.noNetwork':
      "This laptop has no network connection, so phones cannot reach it. Connect the laptop to the room's Wi-Fi, or turn on a hotspot and have the participants connect to it. Then look for the addresses again.",
    'live.invite.hotspot.windows':
      'Windows: Settings → Network & internet → Mobile hotspot → On. The name and password are on the same page.',
    'live.invite.hotspot.macos':
      "macOS: turn on your phone's Personal Hotspot and connect the laptop and the participants to it, or use System Settings → General → Sharing → Internet Sharing (over Wi-Fi).",
    'live.invite.hotspot.linux':
      'Linux: Settings → Wi-Fi → ⋮ → Turn On Wi-Fi Hotspot, or in a terminal: nmcli device wifi hotspot ssid Workshop password CHOOSE-A-PASSWORD',
    'live.invite.open': 'Open: phones can answer.',
    'live.invite.closed': 'Closed: phones cannot answer.',
    'live.invite.openButton': 'Open the exercise',
    'live.invite.closeButton': 'Close the exercise',
    'live.invite.projector': 'Open projector window',
    'live.invite.projectorByHand':
      'No window could be opened. Open this address in a browser window on the second screen:',
    'live.invite.elsewhere':
      'Participants are now invited to another exercise. Starting here stops that one.',
    'live.invite.stopped': 'Stopped: phones can no longer join.',
  },
);
