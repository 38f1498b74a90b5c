const app = document.getElementById('app')!;
app.textContent = 'Tech Lens';
