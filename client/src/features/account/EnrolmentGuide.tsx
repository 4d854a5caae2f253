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
        <p id={keyId} class="text-sm font-semibold text-ink">
          {t('account.enrolment.secretLabel')}
        </p>
        <p aria-labelledby={keyId} class="font-mono text-base break-all text-ink">
          {grouped(props.enrolment.secret)}
        </p>
        <p class="text-sm text-ink-soft">{t('account.enrolment.secretHint')}</p>
      </div>
    </div>
  );
}
