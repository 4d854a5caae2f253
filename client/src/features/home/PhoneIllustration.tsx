/** An exploded VisionX: frame, battery, camera and port modules lifting out. Decorative. */
export function PhoneIllustration() {
  return (
    <svg viewBox="0 0 320 360" class="h-auto w-full max-w-sm" aria-hidden="true">
      <defs>
        <linearGradient id="frame" x1="0" x2="1" y1="0" y2="1">
          <stop offset="0" stop-color="#2a2f35" />
          <stop offset="1" stop-color="#0b0c0e" />
        </linearGradient>
      </defs>
      <rect x="70" y="20" width="150" height="310" rx="28" fill="url(#frame)" />
      <rect x="82" y="32" width="126" height="286" rx="18" fill="#15181c" stroke="#3a3f45" />
      {/* module bays */}
      <rect x="96" y="50" width="98" height="62" rx="10" fill="none" stroke="#3a3f45" stroke-dasharray="4 4" />
      <rect x="96" y="126" width="98" height="128" rx="10" fill="none" stroke="#3a3f45" stroke-dasharray="4 4" />
      <rect x="120" y="270" width="50" height="30" rx="8" fill="none" stroke="#3a3f45" stroke-dasharray="4 4" />
      {/* camera module, lifted */}
      <g transform="translate(150 14)">
        <rect width="98" height="62" rx="10" fill="#f4f5f6" stroke="#0b0c0e" stroke-width="2" />
        <circle cx="30" cy="31" r="16" fill="#0b0c0e" />
        <circle cx="30" cy="31" r="7" fill="#2fbf8a" />
        <circle cx="70" cy="22" r="6" fill="#0b0c0e" />
      </g>
      {/* battery module, sliding out */}
      <g transform="translate(176 136)">
        <rect width="98" height="128" rx="10" fill="#2fbf8a" stroke="#0b0c0e" stroke-width="2" />
        <rect x="34" y="-6" width="30" height="10" rx="4" fill="#0b0c0e" />
        <path d="M52 40 38 68h14l-6 24 18-32H50l6-20Z" fill="#0b0c0e" />
      </g>
      {/* port module */}
      <g transform="translate(150 292)">
        <rect width="50" height="30" rx="8" fill="#f4f5f6" stroke="#0b0c0e" stroke-width="2" />
        <rect x="13" y="11" width="24" height="8" rx="4" fill="#0b0c0e" />
      </g>
      {/* screws */}
      <circle cx="102" cy="42" r="3" fill="#6b7280" />
      <circle cx="188" cy="42" r="3" fill="#6b7280" />
      <circle cx="102" cy="308" r="3" fill="#6b7280" />
      <circle cx="188" cy="308" r="3" fill="#6b7280" />
    </svg>
  );
}
