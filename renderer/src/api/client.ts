import {
  API_METHODS,
  type ApiClient,
  type ApiMethod,
  type ApiResponse,
  type ApiTransport,
} from '../../../shared/api';
import type { AppErrorData } from '../../../shared/errors';

declare global {
  interface Window {
    /** Set by the Electron preload script; absent in browser mode. */
    klantkompas?: ApiTransport;
  }
}

/** An API failure, carrying the code the UI translates. */
export class ApiError extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
  }
}

/** Browser mode: the same methods over HTTP on 127.0.0.1 with the per-run token. */
function httpTransport(): ApiTransport {
  const token = document.querySelector<HTMLMetaElement>('meta[name="klantkompas-token"]')?.content;
  const call = async (method: ApiMethod, args: unknown[]): Promise<ApiResponse<unknown>> => {
    try {
      const response = await fetch(`./api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-klantkompas-token': token ?? '' },
        body: JSON.stringify({ args }),
      });
      return (await response.json()) as ApiResponse<unknown>;
    } catch {
      return { ok: false, error: { code: 'network', message: 'No connection to Klantkompas.' } };
    }
  };
  return Object.fromEntries(
    API_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  ) as ApiTransport;
}

/**
 * The one API object of the renderer. Electron's preload provides the transport; in browser
 * mode it is HTTP. Either way a failure arrives as an ApiError with a translatable code.
 */
function createClient(transport: ApiTransport): ApiClient {
  return Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      async (...args: unknown[]) => {
        const response = await (
          transport[method] as (...a: unknown[]) => Promise<ApiResponse<unknown>>
        )(...args);
        if (!response.ok) throw new ApiError(response.error);
        return response.value;
      },
    ]),
  ) as unknown as ApiClient;
}

export const api: ApiClient = createClient(window.klantkompas ?? httpTransport());
