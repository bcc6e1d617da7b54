import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Api, ApiResponse } from '../../shared/api';
import { API_METHODS, IPC_CHANNEL_PREFIX } from '../../shared/apiMethods';
import { dispatch, toErrorData } from '../api';

/**
 * One handler per API method. The sender's frame must be the app's own page; arguments arrive
 * as unknown and are validated with the shared schemas before the API sees them.
 */
export function registerIpc(api: Api, isAppUrl: (url: string) => boolean): void {
  for (const method of API_METHODS) {
    ipcMain.handle(
      `${IPC_CHANNEL_PREFIX}${method}`,
      async (event: IpcMainInvokeEvent, args: unknown): Promise<ApiResponse<unknown>> => {
        if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
          return { ok: false, error: { code: 'invalidInput', message: 'Unknown sender.' } };
        }
        try {
          return { ok: true, value: await dispatch(api, method, args) };
        } catch (error) {
          return { ok: false, error: toErrorData(error) };
        }
      },
    );
  }
}
