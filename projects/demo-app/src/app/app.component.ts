import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ShellComponent } from './shell/shell.component';

@Component({
  selector: 'demo-root',
  standalone: true,
  imports: [ShellComponent],
  template: `<demo-shell></demo-shell>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppComponent {}
