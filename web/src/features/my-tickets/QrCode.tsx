// A QR code drawn on the device as SVG from the qrcode library's module matrix: no image service, no network, and
// sharp at any size. Dark modules on white with the quiet zone the standard asks for, in either colour scheme.
import QRCode from 'qrcode';
import { useMemo } from 'react';

const QUIET = 4;

export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
    }
    return { size: modules.size + QUIET * 2, path: d };
  }, [text]);
  return (
    <svg className={`qr ${className ?? ''}`} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
