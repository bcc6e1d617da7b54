import { describe, expect, it } from 'vitest';
import { chromiumReason } from '../../main/openAppWindow';

describe('chromiumReason: what the launcher prints when the app window fails', () => {
  it('prefers the FATAL line, without its log prefix', () => {
    const lines = [
      '[1:2:1130/060001.1:ERROR:bus.cc(407)] Failed to connect to the bus: no such file',
      '[1:2:1130/060001.2:FATAL:zygote_host_impl_linux.cc(128)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.',
    ];
    expect(chromiumReason(lines, 1, null)).toBe(
      'Running as root without --no-sandbox is not supported. See https://crbug.com/638180.',
    );
  });

  it('else gives the error lines, leaving out D-Bus noise', () => {
    const lines = [
      '[1:2:3:ERROR:bus.cc(407)] Failed to connect to the bus',
      '[1:2:3:ERROR:ozone_platform_x11.cc(256)] Missing X server or $DISPLAY',
      '[1:2:3:ERROR:env.cc(257)] The platform failed to initialize.  Exiting.',
    ];
    expect(chromiumReason(lines, 1, null)).toBe(
      'Missing X server or $DISPLAY The platform failed to initialize.  Exiting.',
    );
  });

  it('else the exit code or signal', () => {
    expect(chromiumReason([], 127, null)).toBe('Chromium exited with code 127.');
    expect(chromiumReason([], null, 'SIGKILL')).toBe('Chromium was stopped (SIGKILL).');
  });
});
