import type { topology as english } from '../en/topology';

export const topology: typeof english = {
  title: 'Topología',
  diagram:
    'Diagrama de esta máquina: sus puertos TCP y UDP, sus clientes y el otro extremo de cada conversación',
  machine: 'Esta máquina',
  machineNamed: 'Esta máquina: {host}',
  lanes: { tcp: 'Puertos TCP', udp: 'Puertos UDP' },
  otherEnd: { tcp: 'Otro extremo (TCP)', udp: 'Otro extremo (UDP)' },
  clientsSection: 'Clientes abiertos aquí',
  noServers: 'Ningún servidor esperando todavía',
  noClients: 'Ningún cliente abierto todavía',
  empty:
    'Arranca un servidor: aparece aquí como un puerto de esta máquina, esperando a los clientes.',
  emptyHint:
    'Los clientes que abras también aparecen dentro de esta máquina, con una línea hasta el servidor al que contactan.',
  client: {
    label: 'Cliente :{port}',
    connecting: 'Cliente (conectando)',
    target: 'a {remote}',
  },
  peer: {
    client: 'cliente del puerto {port}',
    server: 'servidor',
  },
  more: {
    peers: '+{count} más',
    clients: '+{count} cliente más | +{count} clientes más',
    waiting: '+{count} más en espera',
  },
  waiting: {
    label: 'en espera n.º {position}',
  },
  allAddresses: 'todas las direcciones',
  sides: { client: 'Lado del cliente', server: 'Lado del servidor' },
  status: {
    server: {
      starting: 'arrancando',
      listening: 'escuchando',
      stopped: 'detenido',
      failed: 'fallido',
    },
    client: {
      connecting: 'conectando',
      open: 'abierto',
      'half-closed': 'semicerrado',
      closed: 'cerrado',
      error: 'fallido',
    },
    connection: {
      open: 'abierta',
      'half-closed': 'semicerrada',
      closed: 'cerrada',
    },
  },
  details: {
    hint: 'Señala cualquier elemento del diagrama para ver aquí sus detalles. Haz clic en él, o pulsa Intro, para ver solo sus mensajes en el inspector.',
    port: 'Servidor {protocol} esperando en el puerto {port} ({behaviour}), {status}, en {address}. Conversaciones abiertas: {active}; en total: {total}. {bytesIn} bytes recibidos, {bytesOut} bytes enviados.',
    client:
      'Cliente {protocol} desde {local} hacia {remote}, {status}. {bytesOut} bytes enviados, {bytesIn} bytes recibidos.',
    peer: '{remote} contactó con nuestro puerto {protocol} {port}: es el cliente, y {remotePort} es su propio puerto (efímero). Conversación {status}: {bytesIn} bytes recibidos de él, {bytesOut} bytes enviados a él.',
    remoteServer:
      'El servidor {protocol} en {remote}, contactado por nuestro cliente desde {local}. Conversación {status}.',
    line: '{side}, {protocol}: {local} (esta máquina) con {remote}, {status}. {bytesOut} bytes enviados y {bytesIn} recibidos en este lado.',
    morePeers:
      'Hay una conversación más en el puerto {protocol} {port} que no se dibuja. Selecciona esto para verlas todas en el inspector. | Hay {count} conversaciones más en el puerto {protocol} {port} que no se dibujan. Selecciona esto para verlas todas en el inspector.',
    moreClients:
      'Hay un cliente más antiguo que no se dibuja; la lista de clientes los muestra todos. | Hay {count} clientes más antiguos que no se dibujan; la lista de clientes los muestra todos.',
    waiting:
      '{remote} espera en la cola de escucha del puerto TCP {port}, el n.º {position} de la fila. El sistema ya completó su conexión, pero este servidor atiende a un cliente cada vez: lo aceptará solo cuando hayan cerrado los clientes anteriores. Hasta entonces no hay conversación: lo que envíe espera, sin respuesta, hasta su turno.',
    queued:
      'Espera en la cola de escucha del puerto {port}, el n.º {position} de la fila: el servidor atiende a un cliente cada vez y lo aceptará cuando hayan cerrado los clientes anteriores.',
    moreWaiting:
      'Hay un cliente más en la cola de escucha del puerto TCP {port} que no se dibuja. | Hay {count} clientes más en la cola de escucha del puerto TCP {port} que no se dibujan.',
  },
  legend: {
    title: 'Leyenda',
    tcp: 'Carril TCP: un servidor esperando en un puerto TCP',
    udp: 'Carril UDP: un servidor esperando en un puerto UDP',
    client: 'Cliente abierto desde esta máquina, con su puerto local',
    peer: 'Otro extremo, como dirección:puerto',
    connection: 'Conexión TCP',
    datagrams: 'Conversación UDP: datagramas, sin conexión',
    pulse: 'Trazo en movimiento: pasan datos',
    waiting: 'Trazos grises: un cliente en espera en la cola de escucha, aún no aceptado',
  },
};
