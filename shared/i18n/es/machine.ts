import type { machine as english } from '../en/machine';

export const machine: typeof english = {
  title: 'Esta máquina',
  hostname: 'Nombre',
  refresh: 'Actualizar',
  loading: 'Leyendo las direcciones de esta máquina…',
  unavailable: 'No se pudieron leer las direcciones de esta máquina.',
  partner: {
    label: 'Dirección para tu compañero',
    ipv4: 'Otra máquina de tu red llega a esta con esta dirección.',
    ipv6: 'Ninguna dirección IPv4 es accesible desde fuera; esta dirección IPv6 sirve si tu red lleva IPv6.',
    loopback:
      'No hay ninguna red conectada: solo los programas de esta máquina pueden usar esta dirección (loopback).',
    none: 'Esta máquina no informó de ninguna dirección.',
  },
  copy: 'Copiar',
  copied: 'Copiada',
  copyRefused: 'El navegador no dejó copiar: selecciona la dirección y cópiala a mano.',
  addresses: 'Interfaces y direcciones',
  interfaceLabel: 'Interfaz {name}',
  partnerTag: 'para tu compañero',
  onInterface: 'en {name}',
  scopes: {
    loopback: 'loopback',
    'link-local': 'enlace local',
    lan: 'red local',
    public: 'pública',
  },
  scopeHelp: {
    loopback: 'Solo la pueden usar los programas de esta misma máquina.',
    'link-local':
      'La inventa la propia máquina cuando ningún servidor DHCP contesta: solo funciona en el mismo cable o wifi.',
    lan: 'Una dirección privada: la pueden usar las máquinas de la misma red local (el laboratorio).',
    public: 'Accesible desde Internet, salvo que un cortafuegos lo impida.',
  },
  virtual: 'virtual',
  virtualHelp:
    'Un puente para contenedores o máquinas virtuales: solo existe dentro de este ordenador, así que tu compañero no puede usarla.',
  serversRunning: 'Servidores esperando: {count}',
  clientsOpen: 'Clientes abiertos: {count}',
  networkChanged: {
    title: 'La red ha cambiado',
    address:
      'La dirección para tu compañero ahora es {address}. La anterior ya no llega a esta máquina: dile a tu compañero la nueva.',
    loopback:
      'Esta máquina no está ahora en ninguna red, así que tu compañero no puede llegar a ella: solo los programas de esta máquina pueden usar {address}. Revisa el cable o la wifi.',
    none: 'Esta máquina no informa ahora de ninguna dirección. Revisa el cable o la wifi.',
  },
};
