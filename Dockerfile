# syntax=docker/dockerfile:1
# FitnessCRM's images (docs/operations.md). Three stages:
#   spa    Node builds the web app (Vite, plus gzip/Brotli copies of its text files);
#   app    gunicorn serving the API and the web app, as a non-root user; the same image runs the job
#          worker (`flask worker`) and the migrations (`flask db upgrade`) with another command;
#   nginx  the built files and nginx.conf (rendered at start from the environment), in front of the app.
# docker-compose.yml builds `app` and `nginx` from here.

FROM node:20-bookworm-slim AS spa
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY frontend/ ./
RUN npm run build


FROM python:3.11-slim-bookworm AS app
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    APP_ENV=production \
    FLASK_APP=fitnesscrm.app:create_app \
    FRONTEND_DIST=/app/frontend/dist \
    VAR_DIR=/var/lib/fitnesscrm \
    STORAGE_LOCAL_DIR=/var/lib/fitnesscrm/uploads \
    PORT=8000
RUN useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin fitnesscrm
WORKDIR /app
COPY backend/requirements.txt backend/requirements.txt
RUN pip install -r backend/requirements.txt
COPY backend/ backend/
COPY --from=spa /src/frontend/dist frontend/dist
# Uploaded files (a named volume in docker-compose.yml) belong to the app's user, which owns nothing else.
RUN mkdir -p /var/lib/fitnesscrm/uploads && chown -R fitnesscrm:fitnesscrm /var/lib/fitnesscrm
USER fitnesscrm
WORKDIR /app/backend
EXPOSE 8000
# Liveness only (the process answers; no database): an app that waits for its database is restarted by nobody.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/api/health/live', timeout=4)"]
# backend/gunicorn.conf.py: gthread workers (WebSockets through simple-websocket), WEB_CONCURRENCY x WEB_THREADS.
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "fitnesscrm.wsgi:app"]


FROM nginx:1.27-alpine AS nginx
COPY --from=spa /src/frontend/dist /usr/share/nginx/html
# The image's entrypoint renders /etc/nginx/templates/*.template with envsubst into NGINX_ENVSUBST_OUTPUT_DIR.
COPY nginx.conf /etc/nginx/templates/nginx.conf.template
ENV NGINX_ENVSUBST_OUTPUT_DIR=/etc/nginx \
    SPA_ROOT=/usr/share/nginx/html \
    NGINX_HTTP_PORT=80 \
    NGINX_HTTPS_PORT=443
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["curl", "-fsk", "-o", "/dev/null", "https://127.0.0.1/api/health/live"]
