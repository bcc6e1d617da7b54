import type { MethodScreens } from '../methods/types';
import { ConsensusBoard } from './ConsensusBoard';
import { EntryView } from './EntryView';
import { KanoParticipantForm } from './KanoParticipantForm';
import { ResultsView } from './ResultsView';
import { WishList } from './WishList';
import './kano.css';
import { methodIntroView } from '../methods/MethodIntro';

/** Kano: the wishes, getting answers in, the team's consensus, and the results. */
export const kanoScreens: MethodScreens = {
  className: 'kano',
  views: [
    { id: 'intro', title: 'kano.view.intro', Component: methodIntroView('kano') },
    { id: 'wishes', title: 'kano.view.wishes', Component: WishList },
    { id: 'entry', title: 'kano.view.entry', Component: EntryView, showsAnswers: true },
    { id: 'consensus', title: 'kano.view.consensus', Component: ConsensusBoard },
    { id: 'results', title: 'kano.view.results', Component: ResultsView, results: true },
  ],
  defaultView: 'wishes',
  counter: 'kano.counter',
  reveal: { show: 'kano.results.reveal', hide: 'kano.results.hide', hidden: 'kano.results.hidden' },
  Participant: KanoParticipantForm,
};
