/**
 * The admin panel's side of "sensitive actions ask for the password again": when the server
 * answers 403 PasswordConfirmationRequired (reauth-guard.ts), a dialog asks for the password,
 * POST /account-security/confirm-password checks it, and the refused request is sent again —
 * the person's click goes through as if nothing had happened. Cancelling gives the caller the
 * 403, whose Vietnamese message the page shows as it shows any error.
 *
 * A wrapper around `window.fetch`, which Strapi's admin fetch client uses for every call: no
 * page of Strapi's or ours needs to know. Plain DOM (a native <dialog>), so it works on any page
 * of the panel without being mounted in React's tree.
 */
import { ERROR_NAMES } from '../../shared';

const CONFIRM_PATH = '/account-security/confirm-password';

/** What the dialog says: Vietnamese is the editors' language. */
const TEXT = {
  title: 'Xác nhận mật khẩu',
  body: 'Thao tác này thay đổi quyền, tài khoản hoặc cấu hình của nền tảng. Vui lòng nhập lại mật khẩu của bạn để tiếp tục.',
  label: 'Mật khẩu',
  cancel: 'Hủy',
  confirm: 'Xác nhận',
  failed: 'Không xác nhận được mật khẩu. Vui lòng thử lại.',
} as const;

interface ErrorAnswer {
  error?: { name?: string; message?: string };
}

async function errorOf(response: Response): Promise<ErrorAnswer['error']> {
  try {
    return ((await response.clone().json()) as ErrorAnswer).error;
  } catch {
    return undefined;
  }
}

function backendUrl(): string {
  return (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
}

/** Shows the dialog; resolves true once the password is confirmed, false when cancelled. */
function askAndConfirm(send: typeof fetch, authorization: string): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-labelledby', 'account-security-confirm-title');
    dialog.style.cssText =
      'border:none;border-radius:8px;padding:24px;max-width:420px;font-family:inherit;box-shadow:0 2px 15px rgba(33,33,52,.2)';
    const form = document.createElement('form');
    form.method = 'dialog';
    const title = Object.assign(document.createElement('h2'), { id: 'account-security-confirm-title', textContent: TEXT.title });
    title.style.cssText = 'margin:0 0 12px;font-size:1.8rem';
    const body = Object.assign(document.createElement('p'), { textContent: TEXT.body });
    const label = Object.assign(document.createElement('label'), { textContent: TEXT.label, htmlFor: 'account-security-confirm-password' });
    label.style.cssText = 'display:block;margin:16px 0 4px;font-weight:600';
    const input = Object.assign(document.createElement('input'), {
      id: 'account-security-confirm-password',
      type: 'password',
      autocomplete: 'current-password',
      required: true,
    });
    input.style.cssText = 'width:100%;padding:8px;box-sizing:border-box';
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.style.cssText = 'color:#d02b20;min-height:1.5em';
    const cancel = Object.assign(document.createElement('button'), { type: 'button', textContent: TEXT.cancel });
    const submit = Object.assign(document.createElement('button'), { type: 'submit', textContent: TEXT.confirm });
    const buttons = document.createElement('div');
    buttons.style.cssText = 'display:flex;gap:8px;justify-content:flex-end';
    buttons.append(cancel, submit);
    form.append(title, body, label, input, alert, buttons);
    dialog.append(form);
    document.body.append(dialog);

    const finish = (confirmed: boolean): void => {
      dialog.close();
      dialog.remove();
      resolve(confirmed);
    };
    cancel.addEventListener('click', () => finish(false));
    dialog.addEventListener('cancel', () => finish(false));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit.disabled = true;
      void send(`${backendUrl()}${CONFIRM_PATH}`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ password: input.value }),
      })
        .then(async (answer) => {
          if (answer.ok) return finish(true);
          alert.textContent = (await errorOf(answer))?.message ?? TEXT.failed;
          input.value = '';
          input.focus();
        })
        .catch(() => {
          alert.textContent = TEXT.failed;
        })
        .finally(() => {
          submit.disabled = false;
        });
    });
    dialog.showModal();
    input.focus();
  });
}

/** Wraps `window.fetch` once; parallel refusals share one dialog. */
export function installPasswordConfirmation(): void {
  const original = window.fetch.bind(window);
  let pending: Promise<boolean> | null = null;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await original(input, init);
    // A Request object's body cannot be sent twice; Strapi's client passes a URL and options.
    if (response.status !== 403 || input instanceof Request) return response;
    if ((await errorOf(response))?.name !== ERROR_NAMES.confirmationRequired) return response;
    const authorization = new Headers(init?.headers).get('authorization');
    if (!authorization) return response;
    pending ??= askAndConfirm(original, authorization).finally(() => {
      pending = null;
    });
    return (await pending) ? original(input, init) : response;
  };
}
