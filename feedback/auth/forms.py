from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import InputRequired, Length


class ErrorListForm(FlaskForm):
    def error_list(self) -> list[dict[str, str]]:
        return [
            {"text": str(self[name].errors[0]), "href": f"#{name}"}
            for name in self.FIELDS
            if self[name].errors
        ]


class SignInForm(ErrorListForm):
    FIELDS = ("email", "password")

    email = EmailField(
        _l("Email address"),
        validators=[InputRequired(_l("Enter your email address")), Length(max=254)],
    )
    # Long enough for any passphrase the policy allows; the body limit caps the rest.
    password = PasswordField(
        _l("Password"), validators=[InputRequired(_l("Enter your password")), Length(max=1000)]
    )


class CodeForm(ErrorListForm):
    """The second step of sign-in: a code from the app, or a recovery code."""

    FIELDS = ("code",)

    code = StringField(
        _l("Security code"),
        validators=[
            InputRequired(_l("Enter the code from your authenticator app")),
            Length(max=40),
        ],
    )


class ConfirmAppForm(ErrorListForm):
    """Setting up: the first code the app shows proves it holds the secret."""

    FIELDS = ("code",)

    code = StringField(
        _l("Code from your authenticator app"),
        validators=[InputRequired(_l("Enter the 6-digit code your app shows")), Length(max=40)],
    )
