document.getElementById('app')!.textContent = 'Lapwing dashboard (placeholder)';
