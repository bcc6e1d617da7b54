import type { MethodScreens } from '../methods/types';
import { CloudsView } from './CloudsView';
import { CultureParticipantForm } from './CultureParticipantForm';
import { EntryView } from './EntryView';
import { FromToView } from './FromToView';
import { WordsView } from './WordsView';
import './culture.css';
import { methodIntroView } from '../methods/MethodIntro';

/** Culture mapping: four words now and four words desired, as clouds and as from-to. */
export const cultureScreens: MethodScreens = {
  className: 'culture-tab',
  views: [
    { id: 'intro', title: 'culture.view.intro', Component: methodIntroView('culture') },
    { id: 'entry', title: 'culture.view.entry', Component: EntryView, showsAnswers: true },
    { id: 'clouds', title: 'culture.view.clouds', Component: CloudsView, results: true },
    { id: 'fromTo', title: 'culture.view.fromTo', Component: FromToView, results: true },
    { id: 'words', title: 'culture.view.words', Component: WordsView, showsAnswers: true },
  ],
  defaultView: 'entry',
  counter: 'culture.counter',
  reveal: { show: 'culture.reveal', hide: 'culture.unreveal', hidden: 'culture.resultsHidden' },
  Participant: CultureParticipantForm,
};
