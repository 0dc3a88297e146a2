import type { validation as english } from '../en/validation';

/** Por qué se rechazó un valor, para formularios y para errores INVALID_INPUT. */
export const validation: typeof english = {
  notNumber: 'Debe ser un número.',
  portEmpty: 'Escribe un número de puerto (1–65535).',
  portRange:
    'Un puerto es un número entero de 0 a 65535 (16 bits); 0 deja que el sistema lo elija.',
  remotePortRange: 'Un cliente debe indicar un puerto de 1 a 65535.',
  hostEmpty: 'Escribe la dirección o el nombre de la máquina.',
  hostInvalid:
    'Escribe una dirección IPv4 como cuatro números de 0 a 255 (192.168.1.20), una dirección IPv6 (fe80::1) o un nombre de máquina (lab-pc-07).',
  addressInvalid: 'Escribe una dirección IPv4 (192.168.1.20) o IPv6 (fe80::1).',
  addressRequired: 'Elige en qué dirección local debe esperar el servidor.',
  hexPairs: 'El hexadecimal deben ser parejas de dígitos 0-9 y A-F, como 48 6F 6C 61.',
  notBytes: 'Los datos deben ser bytes.',
  payloadTooLarge: 'Como mucho se puede enviar 1 MiB de una vez.',
  unknownCommand: 'Puerto no tiene ninguna orden con ese nombre.',
  wrongValue: 'El valor tiene un tipo incorrecto o no es una de las opciones permitidas.',
  udpNoConnection:
    'UDP no tiene conexión, así que no hay nada que semicerrar ni reiniciar: deja de enviar, o cierra el flujo.',
  dnsName:
    'Un nombre DNS son etiquetas de letras, dígitos, guiones o guiones bajos (como mucho 63 caracteres cada una, 253 en total) separadas por puntos, como www.lab.example.',
  dnsOutsideZone:
    'El nombre debe estar dentro de la zona: la propia zona o un nombre que termine en ella.',
  dnsIpv4: 'Un registro A contiene una dirección IPv4, como 192.0.2.10.',
  dnsIpv6: 'Un registro AAAA contiene una dirección IPv6, como 2001:db8::10.',
  dnsMx:
    'Un registro MX es una prioridad y el nombre de un servidor de correo, como 10 mail.lab.example.',
  dnsSoa:
    'Un registro SOA es el servidor de nombres principal y el buzón del administrador, como ns.lab.example hostmaster.lab.example, seguidos si quieres de cinco números: serie, refresco, reintento, caducidad y mínimo.',
  dnsSoaPlace: 'Una zona tiene un registro SOA, en el nombre de la propia zona.',
  dnsCnameAlone:
    'Un nombre con un registro CNAME no puede tener ningún otro registro (RFC 1034), y el nombre de la propia zona no puede ser un CNAME.',
  passivePortRange: 'El primer puerto pasivo no puede ser mayor que el último.',
  nicknameEmpty: 'Escribe el nombre que verán tus compañeros.',
  nicknameTooLong: 'Un apodo tiene como máximo 32 caracteres.',
  iterativeNeedsTcp:
    'Solo un servidor TCP puede atender a un cliente cada vez: UDP no tiene conexiones, así que cada datagrama se responde por turno.',
};
