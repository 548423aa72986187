using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Cooperation.Domain.Tests.Api;

/// <summary>
/// Renders an assembly's public API as text, one type and its public members per block, with nullable reference
/// types marked, in the manner of PublicApiGenerator: the text changes when, and only when, the API does.
/// </summary>
public static class PublicApi
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(char)] = "char", [typeof(short)] = "short",
        [typeof(int)] = "int", [typeof(long)] = "long", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
        [typeof(string)] = "string", [typeof(object)] = "object", [typeof(uint)] = "uint", [typeof(ulong)] = "ulong", [typeof(ushort)] = "ushort", [typeof(sbyte)] = "sbyte",
    };

    public static string Render(Assembly assembly)
    {
        var context = new NullabilityInfoContext();
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Header(type)).Append('\n');
            foreach (var line in Members(type, context).Order(StringComparer.Ordinal))
            {
                text.Append("    ").Append(line).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Header(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? (type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct")
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : type.IsAbstract ? "abstract class" : "class";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.Add(Name(baseType, null));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(i => Name(i, null)).Order(StringComparer.Ordinal));
        return $"public {kind} {Name(type, null)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static IEnumerable<string> Members(Type type, NullabilityInfoContext context)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var field in type.GetFields(Flags))
        {
            yield return $"public {(field.IsLiteral ? "const " : field.IsStatic ? "static " : string.Empty)}{(field.IsInitOnly ? "readonly " : string.Empty)}{Name(field.FieldType, context.Create(field))} {field.Name}";
        }

        foreach (var property in type.GetProperties(Flags))
        {
            var getter = property.GetMethod is { IsPublic: true } ? "get; " : string.Empty;
            var setter = property.SetMethod is { IsPublic: true } set
                ? (set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init; " : "set; ")
                : string.Empty;
            var accessor = property.GetMethod ?? property.SetMethod!;
            var indexer = property.GetIndexParameters() is { Length: > 0 } index ? $"this[{Parameters(index, context)}]" : property.Name;
            yield return $"public {(accessor.IsStatic ? "static " : string.Empty)}{Name(property.PropertyType, context.Create(property))} {indexer} {{ {getter}{setter}}}";
        }

        foreach (var constructor in type.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
        {
            yield return $"public {Name(type, null)}({Parameters(constructor.GetParameters(), context)})";
        }

        foreach (var method in type.GetMethods(Flags).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
        {
            var generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;
            yield return $"public {(method.IsStatic ? "static " : method.IsAbstract && !type.IsInterface ? "abstract " : method.IsVirtual && !method.IsFinal && !type.IsInterface ? "virtual " : string.Empty)}"
                + $"{Name(method.ReturnType, context.Create(method.ReturnParameter))} {method.Name}{generic}({Parameters(method.GetParameters(), context)})";
        }

        foreach (var e in type.GetEvents(Flags))
        {
            yield return $"public event {Name(e.EventHandlerType!, null)} {e.Name}";
        }
    }

    private static string Parameters(ParameterInfo[] parameters, NullabilityInfoContext context)
        => string.Join(", ", parameters.Select(p =>
        {
            var type = p.ParameterType;
            var modifier = type.IsByRef ? (p.IsOut ? "out " : p.IsIn ? "in " : "ref ") : p.IsDefined(typeof(ParamArrayAttribute)) || p.GetCustomAttributes().Any(a => a.GetType().Name == "ParamCollectionAttribute") ? "params " : string.Empty;
            var name = Name(type.IsByRef ? type.GetElementType()! : type, context.Create(p));
            var value = p.HasDefaultValue ? " = " + (p.RawDefaultValue is null ? "default" : p.RawDefaultValue is string s ? $"\"{s}\"" : Convert.ToString(p.RawDefaultValue, CultureInfo.InvariantCulture)!.ToLowerInvariant()) : string.Empty;
            return $"{modifier}{name} {p.Name}{value}";
        }));

    private static string Name(Type type, NullabilityInfo? nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        var nullable = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : string.Empty;
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + nullable;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + nullable;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + nullable;
        }

        var name = (type.IsNested ? Name(type.DeclaringType!, null) + "." : type.Namespace + ".") + (type.Name.Contains('`', StringComparison.Ordinal) ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name);
        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            var argumentNullability = nullability?.GenericTypeArguments;
            name += "<" + string.Join(", ", arguments.Select((a, i) => Name(a, argumentNullability is { Length: > 0 } n && i < n.Length ? n[i] : null))) + ">";
        }

        return name + nullable;
    }
}
