using Commerce.Onboarding.Domain;
using Commerce.Onboarding.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Onboarding.Api;

/// <summary>
/// Turns the onboarding services' refusals into RFC 7807 problems with stable types: bad input 400
/// (<c>validation</c>, <c>incomplete</c>, <c>reason-required</c>), out-of-order actions 409, a stale version 409
/// with the application's current state in <c>current</c>, unknown applications 404.
/// </summary>
internal static class OnboardingProblems
{
    public const string TypePrefix = "urn:commerce:problem:";

    /// <summary>An endpoint filter mapping the services' exceptions; <paramref name="forAuditor"/> picks the view a conflict returns.</summary>
    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext factory, EndpointFilterDelegate next, bool forAuditor) => async context =>
    {
        try
        {
            return await next(context);
        }
        catch (ApplicationRuleException rule)
        {
            return Rule(rule);
        }
        catch (ApplicationNotFoundException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such application.", type: TypePrefix + "not-found");
        }
        catch (SettingsConflictException conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: conflict.Message, type: TypePrefix + "concurrency-conflict");
        }
        catch (ApplicationConflictException conflict)
        {
            var services = context.HttpContext.RequestServices;
            var current = await services.GetRequiredService<ApplicationRepository>().FindAsync(conflict.ApplicationId, context.HttpContext.RequestAborted);
            var view = current is null ? null : await services.GetRequiredService<ApplicationViews>().BuildAsync(current, forAuditor, context.HttpContext.RequestAborted);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: conflict.Message, type: TypePrefix + "concurrency-conflict",
                extensions: new Dictionary<string, object?> { ["current"] = view });
        }
    };

    public static IResult Rule(ApplicationRuleException rule)
    {
        var status = rule.Code switch
        {
            ApplicationRules.Validation or ApplicationRules.Incomplete or ApplicationRules.ReasonRequired or OnboardingProblemCodes.InvalidInvitation => StatusCodes.Status400BadRequest,
            OnboardingProblemCodes.OnboardingClosed => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status409Conflict,
        };
        if (status == StatusCodes.Status400BadRequest && rule.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(rule.Errors, title: rule.Message, type: TypePrefix + rule.Code);
        }

        var extensions = rule.Errors.Count > 0 ? new Dictionary<string, object?> { ["errors"] = rule.Errors } : null;
        return TypedResults.Problem(statusCode: status, title: rule.Message, type: TypePrefix + rule.Code, extensions: extensions);
    }

    /// <summary>A 400 validation problem naming one field.</summary>
    public static IResult Invalid(string field, string message)
        => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, type: TypePrefix + "validation");

    /// <summary>Applications belong to signed-in people; the API key is not one.</summary>
    public static IResult NotAPerson()
        => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Applications are made by signed-in users, not with the API key.", type: TypePrefix + "not-a-user");
}
