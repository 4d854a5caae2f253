import { createUniqueId } from 'solid-js';
import type { Enrolment } from '../../../../shared/two-factor.js';
import { t } from '../../i18n/index.js';

/** Groups of four are easier to copy by hand; authenticator apps ignore the spaces. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/** The QR code (an image of the server's SVG, never injected markup) and the key to type in instead. */
export function EnrolmentGuide(props: { enrolment: Enrolment }) {
  const keyId = createUniqueId();
  const qr = () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(props.enrolment.qrSvg)}`;
  return (
    <div class="flex flex-col gap-5 sm:flex-row sm:items-start">
      <img
        src={qr()}
        alt={t('account.enrolment.qrAlt')}
        width="176"
        height="176"
        class="size-44 shrink-0 rounded-lg border border-line bg-white"
      />
      <div class="min-w-0 space-y-1.5">
        <label for={keyId} class="block text-sm font-semibold text-ink">
          {t('account.enrolment.secretLabel')}
        </label>
        {/* A read-only field: a label names it for every screen reader, it selects whole for copying,
            and as a text area the 39 characters wrap at 375 px instead of scrolling out of sight. */}
        <textarea
          id={keyId}
          readOnly
          rows={2}
          value={grouped(props.enrolment.secret)}
          onFocus={(event) => event.currentTarget.select()}
          class="block w-full resize-none rounded-lg border border-line bg-mist px-3 py-2 font-mono text-base text-ink"
        />
        <p class="text-sm text-ink-soft">{t('account.enrolment.secretHint')}</p>
      </div>
    </div>
  );
}
