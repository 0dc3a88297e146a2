import type { conversation as english } from '../en/conversation';

export const conversation: typeof english = {
  title: 'Conversación',
  empty: 'Elige una conexión: pulsa una línea en la topología o una fila en el inspector.',
  picker: 'Conversación',
  pickerPlaceholder: 'Elige una conversación',
  option: '{role} · {protocol} {local} ↔ {remote}',
  views: { bubbles: 'Mensajes', diagram: 'Diagrama de secuencia' },
  showHex: 'Bytes en hexadecimal',
  roles: { server: 'servidor', client: 'cliente' },
  sides: {
    local: 'Este lado',
    remote: 'El otro lado',
    localRole: 'Este lado ({role})',
    remoteRole: 'El otro lado ({role})',
  },
  udpNote: 'UDP no tiene conexión: estos son los datagramas entre las dos direcciones.',
  noMessages:
    'Aún no se ha enviado nada en esta conversación: envía un mensaje desde el compositor.',
  hiddenEarlier:
    'Se muestran los últimos {shown} eventos de esta conversación; los {hidden} anteriores están en el inspector.',
  labels: { request: 'petición', response: 'respuesta' },
  size: '{count} byte | {count} bytes',
  markers: {
    waiting:
      'conectado, en espera en la cola de escucha (el servidor atiende a un cliente cada vez)',
    opened: 'conexión abierta',
    openedUdp: 'listo para intercambiar datagramas',
    'half-closed': '{side} no enviará nada más (FIN)',
    closed: 'cerrada por {side}',
    error: 'error: {title}',
  },
  signals: {
    syn: 'SYN → {text}',
    fin: 'FIN → {text}',
    rst: 'RST → {text}',
  },
  diagramTitle: 'Diagrama de secuencia entre {local} y {remote}',
};
