import type { MethodScreens } from '../methods/types';
import { ActionsView } from './ActionsView';
import { EntryView } from './EntryView';
import { ExcellenceParticipantForm } from './ExcellenceParticipantForm';
import { IntroView } from './IntroView';
import { ResultsView } from './ResultsView';
import './excellence.css';

/** Service Excellence: the model, the scores coming in, the results and the actions. */
export const excellenceScreens: MethodScreens = {
  className: 'excellence',
  views: [
    { id: 'intro', title: 'excellence.view.intro', Component: IntroView },
    { id: 'entry', title: 'excellence.view.entry', Component: EntryView, showsAnswers: true },
    { id: 'results', title: 'excellence.view.results', Component: ResultsView, results: true },
    { id: 'actions', title: 'excellence.view.actions', Component: ActionsView },
  ],
  counter: 'excellence.counter',
  reveal: {
    show: 'excellence.results.reveal',
    hide: 'excellence.results.hide',
    hidden: 'excellence.results.hidden',
  },
  Participant: ExcellenceParticipantForm,
};
