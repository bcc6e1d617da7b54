// The app's code is evaluated in two tasks rather than one (more than 200 ms on a slow
// machine): first the shared models, whose zod schemas of every method and of the API are built
// when loaded, then the React app itself (app.tsx). The app stays one chunk, so its stylesheets
// keep their order.
void import('../../shared/api').then(() => import('./app'));
