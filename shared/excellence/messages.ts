import { defineMessages } from '../i18n/define';

export const excellenceMessages = defineMessages(
  {
    'excellence.title': 'Service Excellence',
    'excellence.counter': 'Deelnemers: {count}',

    'excellence.block.customerNeeds.name': 'Klantbehoeften, -wensen en -verwachtingen begrijpen',
    'excellence.block.customerNeeds.short': 'Klantbehoeften begrijpen',
    'excellence.block.customerNeeds.explanation':
      'Weten wat klanten nodig hebben, wensen en verwachten, ook wat ze niet hardop zeggen. Je verzamelt dat stelselmatig en deelt het in de hele organisatie. Goed is bijvoorbeeld: elk team bespreekt maandelijks klantfeedback en verandert er daarna iets door.',
    'excellence.block.vision.name': 'Visie, missie en strategie',
    'excellence.block.vision.short': 'Visie en strategie',
    'excellence.block.vision.explanation':
      'Service excellence staat in de visie en de strategie en is vertaald naar doelen en keuzes. Iedereen kan uitleggen welke klantbeleving we willen bieden. Goed is bijvoorbeeld: een medewerker aan de balie noemt zonder spiekbriefje de klantbelofte en vertelt hoe die haar werk stuurt.',
    'excellence.block.leadership.name': 'Leiderschap en betrokkenheid van het management',
    'excellence.block.leadership.short': 'Leiderschap',
    'excellence.block.leadership.explanation':
      'Leidinggevenden geven het voorbeeld, maken tijd en geld vrij en spreken elkaar aan op klantgericht gedrag. Goed is bijvoorbeeld: het managementteam draait regelmatig een dienst mee bij de klantenservice en begint elk overleg met een klantverhaal.',
    'excellence.block.culture.name': 'Cultuur',
    'excellence.block.culture.short': 'Cultuur',
    'excellence.block.culture.explanation':
      'Gedeelde waarden en gewoonten maken uitstekende service vanzelfsprekend; medewerkers voelen zich vrij om voor de klant net iets extra te doen. Goed is bijvoorbeeld: successen met klanten worden gevierd en fouten worden besproken om ervan te leren, niet om een schuldige te zoeken.',
    'excellence.block.experienceDesign.name':
      'Uitzonderlijke klantbeleving ontwerpen en vernieuwen',
    'excellence.block.experienceDesign.short': 'Klantbeleving ontwerpen',
    'excellence.block.experienceDesign.explanation':
      'De klantreis wordt bewust ontworpen, samen met klanten, en regelmatig vernieuwd; de momenten die voor de klant het zwaarst wegen krijgen de meeste aandacht. Goed is bijvoorbeeld: een team brengt de klantreis in kaart met echte klanten en ontwerpt het moment dat het meest ergert opnieuw.',
    'excellence.block.employeeEngagement.name': 'Betrokkenheid en bezieling van medewerkers',
    'excellence.block.employeeEngagement.short': 'Betrokken medewerkers',
    'excellence.block.employeeEngagement.explanation':
      'Medewerkers zijn betrokken, bevoegd en toegerust om klanten uitstekend te helpen, en ze krijgen ruimte om zelf te beslissen. Goed is bijvoorbeeld: een medewerker mag een klacht ter plekke oplossen tot een afgesproken bedrag, zonder eerst toestemming te vragen.',
    'excellence.block.processes.name': 'Processen en organisatie rond de klantbeleving',
    'excellence.block.processes.short': 'Processen en organisatie',
    'excellence.block.processes.explanation':
      'Processen, systemen en de organisatiestructuur ondersteunen de klantbeleving in plaats van die te hinderen, en samenwerken over afdelingen heen is gewoon. Goed is bijvoorbeeld: een klant hoeft zijn verhaal maar één keer te vertellen, wie hem ook helpt.',
    'excellence.block.monitoring.name': 'Activiteiten en resultaten meten',
    'excellence.block.monitoring.short': 'Meten',
    'excellence.block.monitoring.explanation':
      'Je meet zowel wat je doet als wat het oplevert: klanttevredenheid, betrokkenheid van medewerkers en bedrijfsresultaat. De cijfers leiden tot besluiten. Goed is bijvoorbeeld: elk kwartaal bespreekt het team de NPS en de redenen van klachten en kiest het concrete verbeteringen.',
    'excellence.block.innovation.name': 'Service-innovatie en continu verbeteren',
    'excellence.block.innovation.short': 'Innovatie en verbeteren',
    'excellence.block.innovation.explanation':
      'Er is een vaste aanpak om diensten te verbeteren en te vernieuwen, met ideeën van klanten en medewerkers, en een experiment mag mislukken. Goed is bijvoorbeeld: ideeën van medewerkers worden binnen een maand uitgeprobeerd bij een kleine groep klanten.',

    'excellence.pyramid.title': 'De service-excellencepiramide',
    'excellence.pyramid.corePromise.name': 'Kernbelofte waarmaken',
    'excellence.pyramid.corePromise.explanation':
      'De basis: je levert wat je belooft, elke keer weer. Zonder dit heeft de rest geen zin.',
    'excellence.pyramid.complaintHandling.name': 'Klachten effectief afhandelen',
    'excellence.pyramid.complaintHandling.explanation':
      'Gaat er iets mis, dan los je het snel en ruimhartig op en leer je ervan.',
    'excellence.pyramid.individualService.name': 'Persoonlijke service',
    'excellence.pyramid.individualService.explanation':
      'Je stemt de service af op de persoon en de situatie, niet op het protocol.',
    'excellence.pyramid.surprisingService.name': 'Verrassende service',
    'excellence.pyramid.surprisingService.explanation':
      'Je overtreft verwachtingen op een manier die de klant niet zag aankomen. Hier ontstaat echte loyaliteit.',

    'excellence.status.open': 'Open',
    'excellence.status.doing': 'Bezig',
    'excellence.status.done': 'Klaar',

    'excellence.csv.badBlock':
      'bouwsteen "{value}" bestaat niet; gebruik een nummer van 1 tot en met 9.',
    'excellence.csv.badScore':
      'de waarde "{value}" in de kolom {column} is geen cijfer van 1 tot en met 10.',
    'excellence.csv.duplicate':
      'deelnemer "{participant}" heeft al cijfers voor bouwsteen {block} op regel {first}.',

    'excellence.view.intro': 'Introductie',
    'excellence.view.entry': 'Antwoorden',
    'excellence.view.results': 'Resultaten',
    'excellence.view.actions': 'Acties',
    'excellence.intro.title': 'Het Service Excellence Model',
    'excellence.intro.lead':
      'Negen bouwstenen voor uitzonderlijke service (CEN/TS 16880 en ISO 23592). Iedere deelnemer geeft elke bouwsteen twee rapportcijfers: waar staan we nu, en waar willen we naartoe?',
    'excellence.intro.blocks': 'De negen bouwstenen',
    'excellence.entry.hint':
      'Cijfers van 1 tot en met 10, ook 7,5. Tab gaat naar het volgende vak; Enter en de pijltjes omhoog en omlaag gaan naar de deelnemer eronder of erboven.',
    'excellence.entry.participant': 'Deelnemer',
    'excellence.entry.group': 'Groep',
    'excellence.entry.noGroup': '—',
    'excellence.entry.add': 'Deelnemer toevoegen',
    'excellence.entry.remove': 'Deelnemer {name} verwijderen',
    'excellence.entry.now': 'nu',
    'excellence.entry.target': 'doel',
    'excellence.entry.cell': '{participant}, bouwsteen {block}, {side}',
    'excellence.entry.invalid': 'Geef een cijfer van 1 tot en met 10, bijvoorbeeld 7 of 7,5.',
    'excellence.entry.empty':
      'Nog geen deelnemers. Voeg er een toe, importeer een CSV-bestand of start de deelnemersmodus.',
    'excellence.entry.count': '{count, plural, one {# deelnemer} other {# deelnemers}}',
    'excellence.entry.unnamed': '#{number}',
    'excellence.results.hidden':
      'De resultaten blijven verborgen tot je ze toont, zodat niemand zich laat leiden door de antwoorden van anderen.',
    'excellence.results.reveal': 'Resultaten tonen',
    'excellence.results.hide': 'Resultaten verbergen',
    'excellence.results.none': 'Nog geen cijfers.',
    'excellence.comments.title': 'Toelichtingen per bouwsteen',
    'excellence.comments.intro': 'Wat deelnemers bij hun cijfers schreven, zonder namen.',
    'excellence.comments.count': '{count, plural, one {# toelichting} other {# toelichtingen}}',
    'excellence.comments.showAll': 'Alle {count} tonen',
    'excellence.comments.showFewer': 'Minder tonen',
    'excellence.table.title': 'Cijfers per bouwsteen',
    'excellence.table.block': 'Bouwsteen',
    'excellence.table.n': 'n',
    'excellence.table.now': 'Nu',
    'excellence.table.target': 'Doel',
    'excellence.table.mean': 'gem.',
    'excellence.table.median': 'mediaan',
    'excellence.table.min': 'min',
    'excellence.table.max': 'max',
    'excellence.table.sd': 'sd',
    'excellence.table.gap': 'Afstand',
    'excellence.table.previous': 'Nu vorige keer',
    'excellence.table.wide': 'Grote spreiding',
    'excellence.table.wideNote':
      'Grote spreiding: standaardafwijking 2 of meer, of 5 punten of meer tussen hoogste en laagste cijfer. Daar denkt het team verschillend; bespreek het.',
    'excellence.radar.title': 'Nu en doel per bouwsteen',
    'excellence.radar.now': 'Nu',
    'excellence.radar.target': 'Doel',
    'excellence.radar.previous': 'Nu op {date}',
    'excellence.ranking.title': 'Grootste afstand tot het doel',
    'excellence.ranking.hint':
      'De drie grootste afstanden tussen nu en doel zijn kandidaten voor actie.',
    'excellence.ranking.candidate': 'Kandidaat voor actie',
    'excellence.groups.title': 'Per groep',
    'excellence.groups.radarNow': 'Nu per groep',
    'excellence.groups.radarTarget': 'Doel per groep',
    'excellence.groups.noGroup': 'Zonder groep',
    'excellence.groups.compare': 'Verschillen tussen twee groepen',
    'excellence.groups.first': 'Groep',
    'excellence.groups.second': 'vergeleken met',
    'excellence.groups.difference': 'Verschil',
    'excellence.groups.size': '{name} (n = {count})',
    'excellence.actions.title': 'Afgesproken acties',
    'excellence.actions.block': 'Bouwsteen',
    'excellence.actions.what': 'Wat',
    'excellence.actions.who': 'Wie',
    'excellence.actions.when': 'Wanneer',
    'excellence.actions.status': 'Status',
    'excellence.actions.add': 'Actie toevoegen',
    'excellence.actions.remove': 'Actie verwijderen',
    'excellence.actions.none': 'Nog geen acties bij deze bouwsteen.',
    'excellence.actions.empty':
      'Nog geen acties. Voeg hierboven de eerste toe: wat, wie en wanneer, per bouwsteen.',
    'excellence.actions.candidate': 'Grote afstand: kandidaat voor actie',
    'excellence.kiosk.welcome': 'Service Excellence: waar staan we?',
    'excellence.kiosk.intro':
      'Geef elk van de negen bouwstenen twee cijfers van 1 tot en met 10: waar staan we nu, en waar willen we naartoe? Je antwoorden zijn anoniem.',
    'excellence.kiosk.start': 'Beginnen',
    'excellence.kiosk.progress': 'Bouwsteen {step} van {total}',
    'excellence.kiosk.now': 'Waar staan we nu?',
    'excellence.kiosk.target': 'Waar willen we naartoe?',
    'excellence.kiosk.comment': 'Toelichting (mag leeg blijven)',
    'excellence.kiosk.back': 'Vorige',
    'excellence.kiosk.next': 'Volgende',
    'excellence.kiosk.skipHint': 'Je mag een cijfer overslaan als je het echt niet weet.',
  },
  {
    'excellence.title': 'Service Excellence',
    'excellence.counter': 'Participants: {count}',

    'excellence.block.customerNeeds.name': 'Understanding customer needs, expectations and desires',
    'excellence.block.customerNeeds.short': 'Customer needs',
    'excellence.block.customerNeeds.explanation':
      'Knowing what customers need, wish for and expect, including what they do not say out loud. You collect it systematically and share it across the organisation. Good looks like: every team reviews customer feedback each month and changes something because of it.',
    'excellence.block.vision.name': 'Service excellence vision, mission and strategy',
    'excellence.block.vision.short': 'Vision and strategy',
    'excellence.block.vision.explanation':
      'Service excellence is part of the vision and the strategy and is translated into goals and choices. Everyone can explain the customer experience we want to offer. Good looks like: a front-desk employee states the customer promise without notes and tells how it guides her work.',
    'excellence.block.leadership.name': 'Leadership and management commitment',
    'excellence.block.leadership.short': 'Leadership',
    'excellence.block.leadership.explanation':
      'Leaders set the example, free up time and money, and hold each other to customer-focused behaviour. Good looks like: the management team regularly works a shift in customer service and opens every meeting with a customer story.',
    'excellence.block.culture.name': 'Service excellence culture',
    'excellence.block.culture.short': 'Culture',
    'excellence.block.culture.explanation':
      'Shared values and habits make excellent service the normal thing to do; employees feel free to go the extra mile for a customer. Good looks like: successes with customers are celebrated, and mistakes are discussed to learn from them rather than to find someone to blame.',
    'excellence.block.experienceDesign.name':
      'Designing and renewing outstanding customer experiences',
    'excellence.block.experienceDesign.short': 'Experience design',
    'excellence.block.experienceDesign.explanation':
      'The customer journey is designed on purpose, together with customers, and renewed regularly; the moments that matter most to customers get the most attention. Good looks like: a team maps the journey with real customers and redesigns the moment that annoys them most.',
    'excellence.block.employeeEngagement.name': 'Employee engagement',
    'excellence.block.employeeEngagement.short': 'Employee engagement',
    'excellence.block.employeeEngagement.explanation':
      'Employees are engaged, empowered and equipped to serve customers excellently, and they have room to decide for themselves. Good looks like: an employee may settle a complaint on the spot up to an agreed amount, without asking permission first.',
    'excellence.block.processes.name':
      'Managing customer-experience processes and organisational structure',
    'excellence.block.processes.short': 'Processes and structure',
    'excellence.block.processes.explanation':
      'Processes, systems and the structure of the organisation support the customer experience instead of getting in its way, and working across departments is normal. Good looks like: customers tell their story only once, whoever helps them.',
    'excellence.block.monitoring.name': 'Monitoring service excellence activities and results',
    'excellence.block.monitoring.short': 'Monitoring',
    'excellence.block.monitoring.explanation':
      'You measure both what you do and what it brings: customer satisfaction, employee engagement and business results. The figures lead to decisions. Good looks like: every quarter the team discusses the NPS and the reasons for complaints and chooses concrete improvements.',
    'excellence.block.innovation.name': 'Service innovation management',
    'excellence.block.innovation.short': 'Service innovation',
    'excellence.block.innovation.explanation':
      'There is a steady way to improve and renew services, with ideas from customers and employees, and an experiment is allowed to fail. Good looks like: employees’ ideas are tried out with a small group of customers within a month.',

    'excellence.pyramid.title': 'The service excellence pyramid',
    'excellence.pyramid.corePromise.name': 'Core service promise',
    'excellence.pyramid.corePromise.explanation':
      'The basis: deliver what you promise, every single time. Without it, nothing else counts.',
    'excellence.pyramid.complaintHandling.name': 'Effective complaint handling',
    'excellence.pyramid.complaintHandling.explanation':
      'When something goes wrong, you put it right quickly and generously, and learn from it.',
    'excellence.pyramid.individualService.name': 'Individual service',
    'excellence.pyramid.individualService.explanation':
      'You tailor the service to the person and the situation, not to the procedure.',
    'excellence.pyramid.surprisingService.name': 'Surprising service',
    'excellence.pyramid.surprisingService.explanation':
      'You exceed expectations in a way the customer did not see coming. This is where real loyalty grows.',

    'excellence.status.open': 'Open',
    'excellence.status.doing': 'In progress',
    'excellence.status.done': 'Done',

    'excellence.csv.badBlock': 'building block "{value}" does not exist; use a number from 1 to 9.',
    'excellence.csv.badScore':
      'the value "{value}" in the column {column} is not a mark from 1 to 10.',
    'excellence.csv.duplicate':
      'participant "{participant}" already has marks for building block {block} on line {first}.',

    'excellence.view.intro': 'Introduction',
    'excellence.view.entry': 'Answers',
    'excellence.view.results': 'Results',
    'excellence.view.actions': 'Actions',
    'excellence.intro.title': 'The Service Excellence Model',
    'excellence.intro.lead':
      'Nine building blocks for excellent service (CEN/TS 16880 and ISO 23592). Every participant gives each block two marks: where are we now, and where do we want to be?',
    'excellence.intro.blocks': 'The nine building blocks',
    'excellence.entry.hint':
      'Marks from 1 to 10, 7.5 too. Tab moves to the next box; Enter and the up and down arrows move to the participant below or above.',
    'excellence.entry.participant': 'Participant',
    'excellence.entry.group': 'Group',
    'excellence.entry.noGroup': '—',
    'excellence.entry.add': 'Add participant',
    'excellence.entry.remove': 'Remove participant {name}',
    'excellence.entry.now': 'now',
    'excellence.entry.target': 'target',
    'excellence.entry.cell': '{participant}, building block {block}, {side}',
    'excellence.entry.invalid': 'Give a mark from 1 to 10, for example 7 or 7.5.',
    'excellence.entry.empty':
      'No participants yet. Add one, import a CSV file or start participant mode.',
    'excellence.entry.count': '{count, plural, one {# participant} other {# participants}}',
    'excellence.entry.unnamed': '#{number}',
    'excellence.results.hidden':
      'Results stay hidden until you show them, so nobody is led by the answers of others.',
    'excellence.results.reveal': 'Show results',
    'excellence.results.hide': 'Hide results',
    'excellence.results.none': 'No marks yet.',
    'excellence.comments.title': 'Comments per building block',
    'excellence.comments.intro': 'What participants wrote with their marks, without names.',
    'excellence.comments.count': '{count, plural, one {# comment} other {# comments}}',
    'excellence.comments.showAll': 'Show all {count}',
    'excellence.comments.showFewer': 'Show fewer',
    'excellence.table.title': 'Figures per building block',
    'excellence.table.block': 'Building block',
    'excellence.table.n': 'n',
    'excellence.table.now': 'Now',
    'excellence.table.target': 'Target',
    'excellence.table.mean': 'mean',
    'excellence.table.median': 'median',
    'excellence.table.min': 'min',
    'excellence.table.max': 'max',
    'excellence.table.sd': 'sd',
    'excellence.table.gap': 'Gap',
    'excellence.table.previous': 'Now last time',
    'excellence.table.wide': 'Wide spread',
    'excellence.table.wideNote':
      'Wide spread: standard deviation 2 or more, or 5 points or more between the highest and lowest mark. The team sees this differently; talk about it.',
    'excellence.radar.title': 'Now and target per building block',
    'excellence.radar.now': 'Now',
    'excellence.radar.target': 'Target',
    'excellence.radar.previous': 'Now on {date}',
    'excellence.ranking.title': 'Largest gaps',
    'excellence.ranking.hint':
      'The three largest gaps between now and target are candidates for action.',
    'excellence.ranking.candidate': 'Candidate for action',
    'excellence.groups.title': 'Per group',
    'excellence.groups.radarNow': 'Now per group',
    'excellence.groups.radarTarget': 'Target per group',
    'excellence.groups.noGroup': 'No group',
    'excellence.groups.compare': 'Differences between two groups',
    'excellence.groups.first': 'Group',
    'excellence.groups.second': 'compared with',
    'excellence.groups.difference': 'Difference',
    'excellence.groups.size': '{name} (n = {count})',
    'excellence.actions.title': 'Agreed actions',
    'excellence.actions.block': 'Building block',
    'excellence.actions.what': 'What',
    'excellence.actions.who': 'Who',
    'excellence.actions.when': 'When',
    'excellence.actions.status': 'Status',
    'excellence.actions.add': 'Add action',
    'excellence.actions.remove': 'Delete action',
    'excellence.actions.none': 'No actions for this block yet.',
    'excellence.actions.empty':
      'No actions yet. Add the first one above: what, who and when, per building block.',
    'excellence.actions.candidate': 'Large gap: candidate for action',
    'excellence.kiosk.welcome': 'Service Excellence: where do we stand?',
    'excellence.kiosk.intro':
      'Give each of the nine building blocks two marks from 1 to 10: where are we now, and where do we want to be? Your answers are anonymous.',
    'excellence.kiosk.start': 'Start',
    'excellence.kiosk.progress': 'Building block {step} of {total}',
    'excellence.kiosk.now': 'Where are we now?',
    'excellence.kiosk.target': 'Where do we want to be?',
    'excellence.kiosk.comment': 'Comment (may stay empty)',
    'excellence.kiosk.back': 'Previous',
    'excellence.kiosk.next': 'Next',
    'excellence.kiosk.skipHint': 'You may skip a mark if you really do not know.',
  },
);
