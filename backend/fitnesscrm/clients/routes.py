from flask_smorest import Blueprint

blp = Blueprint("clients", __name__, url_prefix="/api/clients")
