// One card module (KMARKDOWN_CARD.md §2.4).
import { useContentText } from '../useContentText';
import { Countdown } from './Countdown';
import { CardButton, CardImage, Paragraph, PlainText, TextElementView } from './elements';
import { InviteModule, MediaModule } from './MediaModules';
import type { CardModule, ModuleOf, UnsupportedModule } from './schema';

export function CardModuleView({ module }: { module: CardModule | UnsupportedModule }) {
  switch (module.type) {
    case 'header':
      return (
        <div className="kd-card-header" role="heading" aria-level={3}>
          <PlainText content={module.text.content} emoji={module.text.emoji} />
        </div>
      );
    case 'section':
      return <Section module={module} />;
    case 'image-group':
      return (
        <div className={`kd-card-image-group kd-card-image-group-${Math.min(module.elements.length, 3)}`}>
          {module.elements.map((image, index) => <CardImage key={index} image={image} variant="group" />)}
        </div>
      );
    case 'container':
      return (
        <div className="kd-card-container">
          {module.elements.map((image, index) => <CardImage key={index} image={image} variant="stack" />)}
        </div>
      );
    case 'action-group':
      return (
        <div className="kd-card-action-group">
          {module.elements.map((button, index) => <CardButton key={index} button={button} />)}
        </div>
      );
    case 'context':
      return (
        <div className="kd-card-context">
          {module.elements.map((element, index) =>
            element.type === 'image'
              ? <CardImage key={index} image={element} variant="context" />
              : <TextElementView key={index} element={element} />,
          )}
        </div>
      );
    case 'divider':
      return <hr className="kd-card-divider" />;
    case 'file':
    case 'audio':
    case 'video':
      return <MediaModule module={module} />;
    case 'countdown':
      return <Countdown module={module} />;
    case 'invite':
      return <InviteModule module={module} />;
    case 'unsupported':
      return <UnsupportedModuleView type={module.original} />;
  }
}

/** §2.4 section: text with an optional image or button; buttons sit on the right whatever `mode` says. */
function Section({ module }: { module: ModuleOf<'section'> }) {
  const { accessory } = module;
  const side = accessory?.type === 'button' ? 'right' : module.mode;
  return (
    <div className={`kd-card-section kd-card-section-${side}`}>
      <div className="kd-card-section-text">
        {module.text.type === 'paragraph' ? <Paragraph paragraph={module.text} /> : <TextElementView element={module.text} />}
      </div>
      {accessory && (
        <div className="kd-card-accessory">
          {accessory.type === 'image' ? <CardImage image={accessory} variant="accessory" /> : <CardButton button={accessory} />}
        </div>
      )}
    </div>
  );
}

function UnsupportedModuleView({ type }: { type: string }) {
  const t = useContentText();
  return <div className="kd-card-unsupported">{t('unsupportedModule', { type })}</div>;
}
