import { afterEach, describe, expect, it } from 'vitest';
import type { EventAnnotation } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import AnnotationView from '../../../renderer/src/components/inspector/AnnotationView.vue';
import { createPuertoTestApp } from '../support/puertoTestApp';

const dnsQuery: EventAnnotation = {
  protocol: 'dns',
  role: 'request',
  fields: [
    {
      label: 'services.dns.fields.message',
      children: [{ label: 'services.dns.fields.id', value: '4660' }],
    },
    { label: 'a name from the data', value: 'www.lab.example' },
  ],
};

const smtpGreeting: EventAnnotation = {
  protocol: 'smtp',
  role: 'response',
  lines: [{ text: '+OK Puerto', key: 'services.mail.pop3.replies.greeting' }],
};

describe('AnnotationView', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows decoded fields with translated labels and literal names, and the role in Spanish', () => {
    const { mountComponent } = createPuertoTestApp('es');
    const wrapper = mountComponent(AnnotationView, { annotation: dnsQuery });
    const text = wrapper.text();
    const idLabel = translate('es', 'services.dns.fields.id');
    expect(idLabel).not.toBe('services.dns.fields.id');
    expect(text).toContain(idLabel);
    expect(text).toContain('4660');
    expect(text).toContain('a name from the data');
    expect(text).toContain('petición');
  });

  it('explains each line of a text protocol next to the line itself', () => {
    const { mountComponent } = createPuertoTestApp('en');
    const wrapper = mountComponent(AnnotationView, { annotation: smtpGreeting });
    const explained = translate('en', 'services.mail.pop3.replies.greeting');
    expect(explained).not.toBe('services.mail.pop3.replies.greeting');
    const line = wrapper.get('[data-testid="annotation-lines"] li');
    expect(line.text()).toContain('+OK Puerto');
    expect(line.text()).toContain(explained);
    expect(wrapper.text()).toContain('response');
  });
});
